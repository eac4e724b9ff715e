"""The app's screens: the events library, the comparison, and their dialogs."""
