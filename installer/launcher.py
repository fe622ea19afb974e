"""Entry script frozen by PyInstaller: runs the agent desktop's composition root."""

import sys

from agent_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
