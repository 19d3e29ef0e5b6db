using RecordsBot.Channels.DirectLine;

namespace RecordsBot.Privacy;

/// <summary>Erases the messages of a local Web Chat conversation kept for reloads (the conversation itself stays
/// usable; its numbering goes on).</summary>
public sealed class LocalTranscriptEraser(LocalConversationStore store) : IPersonalDataEraser
{
    public string Name => "local-transcript";

    public Task EraseAsync(PersonalDataScope scope, CancellationToken cancellationToken) =>
        store.DeleteActivitiesAsync(scope.ConversationId, cancellationToken);
}
