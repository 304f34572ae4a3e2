"""Domain operations, Qt-free: what the UI and the command line call."""
