namespace RecordsBot.Reminders;

/// <summary>Sends the Twilio SDK's requests to <see cref="TwilioOptions.BaseUrl"/> (its scheme, host and port; the
/// path stays), so tests reach a local stub of Twilio's Messages endpoint. With the default base URL nothing changes.</summary>
public sealed class TwilioBaseUrlHandler(Uri baseUrl) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri)
        {
            var basePath = baseUrl.AbsolutePath.TrimEnd('/');
            request.RequestUri = new UriBuilder(uri) { Scheme = baseUrl.Scheme, Host = baseUrl.Host, Port = baseUrl.Port, Path = basePath + uri.AbsolutePath }.Uri;
        }

        return base.SendAsync(request, cancellationToken);
    }
}
