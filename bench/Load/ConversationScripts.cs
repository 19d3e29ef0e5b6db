namespace RecordsBot.Bench.Load;

/// <summary>
/// The conversation each simulated person has: the menu, fees and deadlines for a state, the walk that builds their
/// provider list, and a request letter for the first provider on it (a PDF and its link). The echo bot gets the same
/// messages, so both bots serve the same number of turns per conversation.
/// </summary>
public static class ConversationScripts
{
    /// <summary>States whose fees conversation has the same questions; people are spread over them.</summary>
    private static readonly string[] States = ["Ohio", "California", "Illinois", "Pennsylvania", "Texas"];

    private const string Menu = "What would you like to do?";

    public static IReadOnlyList<ScriptTurn> RecordsBot(int person)
    {
        var state = States[person % States.Length];
        return
        [
            new("menu", null, Menu),

            new("fees", "fees and deadlines", "Which state is the provider in?"),
            new("fees", state, "Has the provider received your request yet?"),
            new("fees", "yes they have it", "On what day did they get it?"),
            new("fees", "November 10", "How do you want your copies?"),
            new("fees", "paper", "About how many pages?"),
            new("fees", "25", Menu),

            new("providers", "Who to contact", "Do you have a primary care doctor"),
            new("providers", "yes", "What's the name of the doctor"),
            new("providers", "Dr. Ana Ruiz", "Which state is Dr. Ana Ruiz in?"),
            new("providers", "Ohio", "How can you reach Dr. Ana Ruiz"),
            new("providers", "(555) 201-3344", "Any other primary care doctor"),
            new("providers", "no", "Have you seen any specialists?"),
            new("providers", "none", "Have you been to a hospital"),
            new("providers", "yeah", "What's the name of the hospital?"),
            new("providers", "Mercy Hospital", "Is Mercy Hospital in Ohio too?"),
            new("providers", "yes", "How can you reach Mercy Hospital"),
            new("providers", "skip", "Any other hospital"),
            new("providers", "Skip the rest", "What would you like to do with your list?"),
            new("providers", "done", Menu),

            new("letter", "I need a letter for my records", "What is your full name"),
            new("letter", "Siobhán O'Brien-Núñez", "date of birth"),
            new("letter", "March 3, 1980", "address"),
            new("letter", "12 Elm St, Columbus, OH 43215", "phone"),
            new("letter", "(555) 201-3344 and siobhan@example.org", "Social Security"),
            new("letter", "skip", "provider"),
            new("letter", "1", "address"),
            new("letter", "400 Main St, Columbus, OH 43215", "records"),
            new("letter", "All my records", "format"),
            new("letter", "pdf", "How should the copy reach you?"),
            new("letter", "mail", "Here is what the letter will say"),
            new("letter", "yes", "/l/"),
        ];
    }

    /// <summary>The same messages for the echo bot, each answered by its echo.</summary>
    public static IReadOnlyList<ScriptTurn> Echo(int person) =>
        RecordsBot(person).Select(t => t with { Expect = t.Text is null ? "Hello" : "Echo" }).ToList();
}
