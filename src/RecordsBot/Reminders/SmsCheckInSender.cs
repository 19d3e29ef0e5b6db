using Microsoft.Extensions.Options;
using RecordsBot.Dialogs;
using RecordsBot.Hosting;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace RecordsBot.Reminders;

/// <summary>
/// Sends a check-in as a text by Twilio's REST API (Twilio SDK, account SID and auth token, from
/// <see cref="TwilioOptions.FromNumber"/>) to the number the person gave. The text names no provider and no health
/// detail: it says a tracked request has news to check and where to answer (<c>reminders.sms.*</c>). Twilio's error
/// 21610 (the number replied STOP to our Twilio number) means the person stopped texts.
/// </summary>
public sealed class SmsCheckInSender(IOptions<RemindersOptions> options, DialogRunner dialogs)
{
    public const string Via = "sms";
    public const int TwilioRecipientOptedOut = 21610;

    public async Task<DeliveryResult> SendAsync(CheckIn checkIn, string phone, CancellationToken cancellationToken)
    {
        var twilio = options.Value.Twilio;
        var http = new HttpClient(new TwilioBaseUrlHandler(new Uri(twilio.BaseUrl)) { InnerHandler = new SocketsHttpHandler() }, disposeHandler: true);
        using (http)
        {
            var client = new TwilioRestClient(twilio.AccountSid, twilio.AuthToken, httpClient: new Twilio.Http.SystemNetHttpClient(http));
            var body = dialogs.Environment.Texts.Get(RemindersTextKeys.SmsKeyFor(checkIn.Kind), Channels.ChannelIds.Sms);
            try
            {
                var message = await MessageResource.CreateAsync(
                    new CreateMessageOptions(new PhoneNumber(phone)) { From = new PhoneNumber(twilio.FromNumber), Body = body },
                    client).WaitAsync(cancellationToken);
                return message.ErrorCode is { } code && code != 0
                    ? new DeliveryResult(DeliveryOutcome.Failed, Via, "twilio-" + code)
                    : new DeliveryResult(DeliveryOutcome.Sent, Via);
            }
            catch (ApiException e) when (e.Code == TwilioRecipientOptedOut)
            {
                return new DeliveryResult(DeliveryOutcome.Stopped, Via, "twilio-" + e.Code);
            }
            catch (ApiException e)
            {
                return new DeliveryResult(DeliveryOutcome.Failed, Via, "twilio-" + (e.Code != 0 ? e.Code : e.Status));
            }
            catch (Exception e) when (e is HttpRequestException or ApiConnectionException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return new DeliveryResult(DeliveryOutcome.Failed, Via, PrivacySafe.TypeName(e));
            }
        }
    }
}
