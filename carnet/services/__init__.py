"""Qt-free use cases the UI and the command line share (calendar feed, reminders,
resurfaced learnings): business rules that would otherwise sit in widgets."""
