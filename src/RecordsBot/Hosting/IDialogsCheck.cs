using RecordsBot.Dialogs;

namespace RecordsBot.Hosting;

/// <summary>
/// A feature's start-up check between its own data files and the rest of dialogs/ (string keys, flows, knowledge).
/// Every one registered in DI runs with <see cref="StartupChecks"/>; its problems, as <c>file:line: what is wrong</c>,
/// stop the start like any other broken file.
/// </summary>
public interface IDialogsCheck
{
    IReadOnlyList<string> Problems(DialogCatalog catalog);
}
