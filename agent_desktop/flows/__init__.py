"""The flow editor (IVR designer) in the Admin tab: flows as a tree of nodes with a form
per node, problems shown on the node, simulate and publish (docs/flows.md)."""
