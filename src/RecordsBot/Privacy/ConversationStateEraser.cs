using Microsoft.Bot.Builder;

namespace RecordsBot.Privacy;

/// <summary>Erases the conversation's bot state (answers in progress, profile) from storage and from this turn, so
/// nothing of it is saved again at the end of the turn.</summary>
public sealed class ConversationStateEraser(ConversationState state) : IPersonalDataEraser
{
    public string Name => "conversation-state";

    public Task EraseAsync(PersonalDataScope scope, CancellationToken cancellationToken) => state.DeleteAsync(scope.Turn, cancellationToken);
}
