using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace RecordsBot.Dialogs.Tests.Support;

/// <summary>A Bot Framework adapter that only records what the engine sends, in order.</summary>
public sealed class RecordingAdapter : BotAdapter
{
    public List<Activity> Sent { get; } = [];

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        Sent.AddRange(activities);
        return Task.FromResult(activities.Select((_, i) => new ResourceResponse(Sent.Count - activities.Length + i + "")).ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException();
}
