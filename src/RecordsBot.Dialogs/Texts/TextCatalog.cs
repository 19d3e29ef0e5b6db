using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RecordsBot.Dialogs.Texts;

/// <summary>
/// Every sentence the bot says, by key, from <c>dialogs/strings.en-US.json</c>. On SMS a key's <c>.sms</c> variant
/// is used when there is one. {placeholders} are filled from values. Loading reports problems as <c>file:line: what</c>.
/// </summary>
public sealed class TextCatalog
{
    public const string FileName = "strings.en-US.json";

    private const string SmsChannel = "sms";

    private readonly Dictionary<string, string> texts;
    private readonly Dictionary<string, int> lines;

    public TextCatalog(IReadOnlyDictionary<string, string> texts)
        : this(new Dictionary<string, string>(texts, StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal), FileName)
    {
    }

    private TextCatalog(Dictionary<string, string> texts, Dictionary<string, int> lines, string path)
    {
        this.texts = texts;
        this.lines = lines;
        Path = path;
    }

    /// <summary>The file the texts came from.</summary>
    public string Path { get; }

    public IEnumerable<string> Keys => texts.Keys;

    public bool Has(string key) => texts.ContainsKey(key);

    /// <summary>The line of <paramref name="key"/> in the file, or 0.</summary>
    public int LineOf(string key) => lines.GetValueOrDefault(key);

    /// <summary>The text for <paramref name="key"/> on <paramref name="channelId"/>, with {placeholders} filled.</summary>
    public string Get(string key, string? channelId, IReadOnlyDictionary<string, string>? values = null)
    {
        var text = channelId == SmsChannel && texts.TryGetValue(key + ".sms", out var sms)
            ? sms
            : texts.TryGetValue(key, out var plain) ? plain : throw new KeyNotFoundException($"{Path}: no string '{key}'.");
        return values is null || values.Count == 0 ? text : Fill(text, values);
    }

    /// <summary>A comma-separated list text (keywords, synonyms) as its trimmed, non-empty items.</summary>
    public IReadOnlyList<string> GetList(string key, string? channelId) =>
        Get(key, channelId).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    public static string Fill(string text, IReadOnlyDictionary<string, string> values)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0)
            {
                builder.Append(text, i, text.Length - i);
                break;
            }

            builder.Append(text, i, open - i);
            var name = text.Substring(open + 1, close - open - 1);
            builder.Append(values.TryGetValue(name, out var value) ? value : text.Substring(open, close - open + 1));
            i = close + 1;
        }

        return builder.ToString();
    }

    /// <summary>Loads a strings file; problems are added to <paramref name="errors"/> as <c>file:line: what</c>.</summary>
    public static TextCatalog Load(string path, List<string> errors)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            errors.Add($"{path}: file not found.");
            return new TextCatalog(texts, lines, path);
        }

        var bytes = File.ReadAllBytes(path);
        var lineCounter = new LineCounter(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                errors.Add($"{path}:1: the file must be one JSON object of \"key\": \"text\" pairs.");
                return new TextCatalog(texts, lines, path);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var line = lineCounter.LineAt(reader.TokenStartIndex);
                var key = reader.GetString()!;
                reader.Read();
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }

                if (key.StartsWith('$'))
                {
                    continue;
                }

                if (reader.TokenType != JsonTokenType.String || string.IsNullOrWhiteSpace(reader.GetString()))
                {
                    errors.Add($"{path}:{line}: '{key}' must be a non-empty string.");
                    continue;
                }

                if (!texts.TryAdd(key, reader.GetString()!))
                {
                    errors.Add($"{path}:{line}: '{key}' appears twice (first on line {lines[key]}).");
                    continue;
                }

                lines[key] = line;
            }
        }
        catch (JsonException e)
        {
            errors.Add($"{path}:{(e.LineNumber ?? 0) + 1}: {e.Message}");
        }

        return new TextCatalog(texts, lines, path);
    }

    /// <summary>Line numbers from byte offsets, counted forward once.</summary>
    private sealed class LineCounter(byte[] bytes)
    {
        private long offset;
        private int line = 1;

        public int LineAt(long index)
        {
            for (; offset < index && offset < bytes.Length; offset++)
            {
                if (bytes[offset] == (byte)'\n')
                {
                    line++;
                }
            }

            return line;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path} ({texts.Count} strings)");
}
