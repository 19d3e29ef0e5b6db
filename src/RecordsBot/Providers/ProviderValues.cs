namespace RecordsBot.Providers;

/// <summary>The names of the values providers.dialog.yaml and its handlers share.</summary>
public static class ProviderValues
{
    /// <summary>"walk" during the walk, "add" while adding one from the list.</summary>
    public const string Mode = "mode";
    public const string Walk = "walk";
    public const string Add = "add";

    public const string Count = "count";
    public const string Group = "group";
    public const string Question = "question";
    public const string Answer = "answer";
    public const string Kind = "kind";
    public const string KindLabel = "kindLabel";
    public const string KindText = "kindText";
    public const string KindList = "kindList";
    public const string NameQuestion = "nameQuestion";
    public const string Name = "name";
    public const string State = "state";
    public const string StateName = "stateName";
    public const string StateQuestion = "stateQuestion";
    public const string LastState = "lastState";
    public const string LastStateName = "lastStateName";
    public const string SameStateQuestion = "sameStateQuestion";
    public const string Same = "same";
    public const string Contact = "contact";
    public const string TipsSaid = "tipsSaid";
    public const string Number = "number";
    public const string Entry = "entry";
}
