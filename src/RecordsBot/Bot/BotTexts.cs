using System.Text.Json;
using Microsoft.Extensions.Options;
using RecordsBot.Hosting;

namespace RecordsBot.Bot;

/// <summary>
/// Every sentence the bot says, loaded from <c>dialogs/strings.en-US.json</c> by key. On SMS a key's
/// <c>.sms</c> variant is used when there is one. A missing key or a broken file stops the app at start.
/// </summary>
public sealed class BotTexts
{
    public const string FileName = "strings.en-US.json";

    private readonly Dictionary<string, string> texts;

    public BotTexts(IOptions<RecordsBotOptions> options)
        : this(Load(DialogsFolder.Resolve(options.Value.DialogsPath)))
    {
    }

    internal BotTexts(Dictionary<string, string> texts)
    {
        var missing = TextKeys.Required().Where(k => !texts.ContainsKey(k)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"{FileName}: missing string keys: {string.Join(", ", missing)}");
        }

        this.texts = texts;
    }

    /// <summary>The text for <paramref name="key"/> on <paramref name="channelId"/>, with {placeholders} filled.</summary>
    public string Get(string key, string? channelId, params (string Name, object Value)[] values)
    {
        var text = channelId == Channels.ChannelIds.Sms && texts.TryGetValue(key + ".sms", out var sms)
            ? sms
            : texts.TryGetValue(key, out var plain) ? plain : throw new KeyNotFoundException($"{FileName}: no string '{key}'.");
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    internal static Dictionary<string, string> Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"{path}: file not found (set RecordsBot:DialogsPath to the dialogs folder).");
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var doc = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                if (property.Name.StartsWith('$'))
                {
                    continue;
                }

                if (property.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(property.Value.GetString()))
                {
                    throw new InvalidOperationException($"{path}: '{property.Name}' must be a non-empty string.");
                }

                result[property.Name] = property.Value.GetString()!;
            }

            return result;
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{path}:{(e.LineNumber ?? 0) + 1}: {e.Message}", e);
        }
    }
}
