namespace RecordsBot.Dialogs;

/// <summary>
/// A dialog definition that cannot run (a flow that loops, a stack too deep, a handler or exit that does not exist).
/// Its message names only files, lines and ids, never what a person said, so it may be logged: it is how an editor
/// finds the line to fix.
/// </summary>
public sealed class DialogDefinitionException(string message) : InvalidOperationException(message);
