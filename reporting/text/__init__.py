"""One module per screen or shared area, each defining TEXTS."""
