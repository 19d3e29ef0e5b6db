using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RecordsBot.Dialogs.Texts;

/// <summary>
/// Every sentence the bot says, by key, from <c>dialogs/strings.en-US.json</c> and any <c>{topic}.strings.en-US.json</c>
/// beside it (a key may be in only one of them). On SMS a key's <c>.sms</c> variant is used when there is one.
/// {placeholders} are filled from values. Loading reports problems as <c>file:line: what</c>.
/// </summary>
public sealed partial class TextCatalog
{
    public const string FileName = "strings.en-US.json";

    /// <summary>Further strings files, one per topic if wanted: <c>{topic}.strings.en-US.json</c>.</summary>
    public const string TopicFilePattern = "*." + FileName;

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

    /// <summary>
    /// The text for <paramref name="key"/> on <paramref name="channelId"/>, with {placeholders} filled. Values are what
    /// people typed, so their markdown is escaped: "**Bob** [x](…)" shows as typed, never as bold or a link.
    /// </summary>
    public string Get(string key, string? channelId, IReadOnlyDictionary<string, string>? values = null)
    {
        var text = channelId == SmsChannel && texts.TryGetValue(key + ".sms", out var sms)
            ? sms
            : texts.TryGetValue(key, out var plain) ? plain : throw new KeyNotFoundException($"{Path}: no string '{key}'.");
        return values is null || values.Count == 0 ? text : Fill(text, values.ToDictionary(v => v.Key, v => Rendering.PlainText.EscapeMarkdown(v.Value), StringComparer.Ordinal));
    }

    /// <summary>A comma-separated list text (keywords, synonyms) as its trimmed, non-empty items.</summary>
    public IReadOnlyList<string> GetList(string key, string? channelId) =>
        Get(key, channelId).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Replaces each {name} whose name has a value; anything else (a stray brace, an unknown name) stays as written.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        Placeholder().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) ? Format(value, m.Groups[2].Value) ?? m.Value : m.Value);

    /// <summary>The formats a placeholder may ask for: <c>{sentOn:date}</c> "November 17, 2026", <c>{at:time}</c> "9:00 AM".</summary>
    public static IReadOnlyList<string> Formats { get; } = ["date", "time"];

    /// <summary>A {name} or {name:format} placeholder: a letter, then letters and digits, and a format, in braces.</summary>
    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)(?::([a-z]+))?\}")]
    public static partial Regex Placeholder();

    /// <summary>A stored value shown as people read it; a value that is not of the format shows as it is; null for an
    /// unknown format (the placeholder stays as written).</summary>
    private static string? Format(string value, string format)
    {
        var english = CultureInfo.GetCultureInfo("en-US");
        return format switch
        {
            "" => value,
            "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.ToString("MMMM d, yyyy", english) : value,
            "time" => TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time.ToString("h:mm tt", english) : value,
            _ => null,
        };
    }

    /// <summary>Loads <see cref="FileName"/> and every <see cref="TopicFilePattern"/> file in <paramref name="folder"/>;
    /// problems are added to <paramref name="errors"/> as <c>file:line: what</c>.</summary>
    public static TextCatalog Load(string folder, List<string> errors)
    {
        var main = System.IO.Path.Combine(folder, FileName);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        if (!File.Exists(main))
        {
            errors.Add($"{main}: file not found.");
        }
        else
        {
            LoadFile(main, texts, lines, errors);
        }

        foreach (var file in Directory.EnumerateFiles(folder, TopicFilePattern).Order(StringComparer.Ordinal))
        {
            LoadFile(file, texts, lines, errors);
        }

        foreach (var (key, (file, line)) in lines.Where(p => p.Key.EndsWith(".sms", StringComparison.Ordinal) && !texts.ContainsKey(p.Key[..^4])))
        {
            errors.Add($"{file}:{line}: '{key}' is the SMS version of '{key[..^4]}', which does not exist.");
        }

        return new TextCatalog(texts, lines.ToDictionary(p => p.Key, p => p.Value.Line, StringComparer.Ordinal), main);
    }

    private static void LoadFile(string path, Dictionary<string, string> texts, Dictionary<string, (string File, int Line)> lines, List<string> errors)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.AsSpan().StartsWith("\uFEFF"u8))
        {
            // Editors often save UTF-8 with a byte order mark, which Utf8JsonReader does not skip.
            bytes = bytes[3..];
        }

        var lineCounter = new LineCounter(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                errors.Add($"{path}:1: the file must be one JSON object of \"key\": \"text\" pairs.");
                return;
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

                if (lines.TryGetValue(key, out var first))
                {
                    errors.Add($"{path}:{line}: '{key}' is already defined at {first.File}:{first.Line}.");
                    continue;
                }

                texts[key] = reader.GetString()!;
                lines[key] = (path, line);
            }

            // Once more after the closing brace: anything but whitespace and comments there throws (with its position).
            reader.Read();
        }
        catch (JsonException e)
        {
            // The message ends with the position again ("... LineNumber: 9 | BytePositionInLine: 2."); ours is in front.
            errors.Add($"{path}:{(e.LineNumber ?? 0) + 1}: {JsonPosition().Replace(e.Message, string.Empty)}");
        }
    }

    [GeneratedRegex(@" ?LineNumber: \d+ \| BytePositionInLine: \d+\.$")]
    private static partial Regex JsonPosition();

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
