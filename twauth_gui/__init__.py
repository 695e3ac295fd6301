"""twauth-gui: get X (Twitter) API credentials by clicking, keep them in the OS keyring."""

__version__ = "0.1.0"
