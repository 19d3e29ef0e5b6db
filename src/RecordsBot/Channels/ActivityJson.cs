using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace RecordsBot.Channels;

/// <summary>Bot Framework activity JSON (Newtonsoft, as the SDK's schema classes are annotated for it).</summary>
public static class ActivityJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.DateTimeOffset,
        DateTimeZoneHandling = DateTimeZoneHandling.Utc,
        ReferenceLoopHandling = ReferenceLoopHandling.Serialize,
        TypeNameHandling = TypeNameHandling.None,
        MaxDepth = 64,
    };

    public static string Serialize(object value) => JsonConvert.SerializeObject(value, Settings);

    /// <summary>Parses an activity; null when the text is not a JSON object of an activity.</summary>
    public static Activity? TryParse(string json)
    {
        try
        {
            return JsonConvert.DeserializeObject<Activity>(json, Settings);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Reads the request body as an activity: the activity, or the problem to answer with (413 when larger than
    /// <paramref name="maxBytes"/>, 400 when it is not a JSON activity).
    /// </summary>
    public static async Task<(Activity? Activity, IResult? Problem)> ReadActivityAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var body = await ReadBodyAsync(request, maxBytes, cancellationToken);
        if (body is null)
        {
            return (null, Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The activity is too large."));
        }

        var activity = string.IsNullOrWhiteSpace(body) ? null : TryParse(body);
        return activity is null
            ? (null, Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not a JSON activity."))
            : (activity, null);
    }

    /// <summary>Reads a request body of at most <paramref name="maxBytes"/> (Content-Length, or characters read); null when larger.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var reader = new StreamReader(request.Body, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024, leaveOpen: true);
        var buffer = new char[16 * 1024];
        var text = new System.Text.StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
        {
            text.Append(buffer, 0, read);
            if (text.Length > maxBytes)
            {
                return null;
            }
        }

        return text.ToString();
    }
}
