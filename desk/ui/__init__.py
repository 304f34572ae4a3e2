"""The Qt desktop app. Only this package imports Qt; it reaches data through desk.services."""
