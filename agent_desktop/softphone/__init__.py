"""Desktop softphone: the `Softphone` interface, its events, a fake, and the audio bridge.

Only `pjsua_phone` imports pjsua2; import it explicitly where the real phone is built.
"""

from agent_desktop.softphone.api import (
    AudioDevice,
    AudioSelection,
    CallDirection,
    CallInfo,
    CallState,
    RegistrationState,
    SipSettings,
    Softphone,
    SoftphoneError,
    SrtpUse,
    Transport,
)
from agent_desktop.softphone.events import (
    CallEnded,
    CallMediaChanged,
    CallQualityChanged,
    CallStateChanged,
    DeviceKind,
    DeviceLost,
    DeviceRestored,
    EndCause,
    IncomingCall,
    InputLevel,
    RegistrationChanged,
    SoftphoneEvent,
)

__all__ = [
    "AudioDevice",
    "AudioSelection",
    "CallDirection",
    "CallEnded",
    "CallInfo",
    "CallMediaChanged",
    "CallQualityChanged",
    "CallState",
    "CallStateChanged",
    "DeviceKind",
    "DeviceLost",
    "DeviceRestored",
    "EndCause",
    "IncomingCall",
    "InputLevel",
    "RegistrationChanged",
    "RegistrationState",
    "SipSettings",
    "Softphone",
    "SoftphoneError",
    "SoftphoneEvent",
    "SrtpUse",
    "Transport",
]
