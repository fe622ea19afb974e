"""callcenter-sim: headless agents and customers on media workers, for tests and demos."""

from server_stub.sim.agent import AgentCall, AgentSettings, SimAgent
from server_stub.sim.api import CoordinatorClient, CoordinatorError
from server_stub.sim.customer import CustomerResult, CustomerSettings, SimCustomer
from server_stub.sim.host import SimError, WorkerHost
from server_stub.sim.simulator import Simulator

__all__ = [
    "AgentCall",
    "AgentSettings",
    "CoordinatorClient",
    "CoordinatorError",
    "CustomerResult",
    "CustomerSettings",
    "SimAgent",
    "SimCustomer",
    "SimError",
    "Simulator",
    "WorkerHost",
]
