using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using RecordsBot.Channels;
using RecordsBot.Privacy;
using RecordsBot.Reminders;
using RecordsBot.Tracking;

namespace RecordsBot.Bench.Sweep;

/// <summary>
/// Makes the seed, deterministically: people (each 1 to 3 tracked requests, 1.6 on average) on Web Chat, Teams and SMS
/// in several U.S. time zones, their tracked requests and each request's check-ins as the app itself would have stored
/// them, written through an <see cref="ISweepSeedWriter"/>.
/// <list type="bullet">
/// <item>A request was tracked at a random moment of the last <see cref="SweepScenario.HistoryDays"/> days, sent that
/// day or up to two days before, half of them with the day the provider got it; its due date is the app's
/// (<see cref="DueDateFinder"/>: HIPAA's 30 days from received or sent, or a shorter state deadline). Some got a written
/// extension (the extended date the rules allow), some are closed (received in full or denied, at a random moment
/// after tracking), some are still drafts (never sent: no check-ins).</item>
/// <item>Check-ins are the app's plan (<see cref="CheckInPlanner"/> with the app's <c>RemindersOptions</c>) made when the
/// request was tracked: those before the sweep window were sent; those in it (the burst) and later are pending; a
/// closed request lost its unsent ones. People who turned check-ins off have theirs paused; a snooze holds them back
/// (<see cref="Snooze.Apply"/>).</item>
/// <item>Owner keys are the app's (<see cref="PersonKeys"/>, with the secret stored in the seeded database), so the
/// check-in's conversation turn finds its request; conversation references point at the loopback connector.</item>
/// </list>
/// </summary>
public sealed class SweepPopulation(PersonKeys keys, DueDateFinder dueDates, CheckInPlanner planner, Uri connector)
{
    private readonly Random random = new(20261124);
    private readonly Dictionary<(int Zone, DateOnly Due), IReadOnlyList<PlannedCheckIn>> plans = [];
    private readonly Dictionary<(string? State, DateOnly Start, int Provider), DueDateReading> readings = [];

    public async Task<SeedCounts> WriteAsync(ISweepSeedWriter writer, int requests, CancellationToken cancellationToken)
    {
        var zones = SweepScenario.Zones.Select(z => TimeZoneInfo.FindSystemTimeZoneById(z.Zone)).ToArray();
        var now = SweepScenario.Now;
        var sentBefore = now - SweepScenario.Window;
        int people = 0, written = 0, preferences = 0, optedOut = 0, snoozed = 0;
        long checkIns = 0, dueNow = 0, later = 0, paused = 0;
        var requestStatuses = new (RequestStatus Status, double Share)[]
        {
            (RequestStatus.Drafted, 0.05), (RequestStatus.Sent, 0.33), (RequestStatus.Acknowledged, 0.15), (RequestStatus.Extended, 0.08),
            (RequestStatus.ReceivedInPart, 0.05), (RequestStatus.Escalated, 0.06), (RequestStatus.ReceivedInFull, 0.24), (RequestStatus.Denied, 0.04),
        };
        var methods = new (RequestMethod Method, double Share)[]
        {
            (RequestMethod.Portal, 0.30), (RequestMethod.Email, 0.15), (RequestMethod.Fax, 0.15), (RequestMethod.Mail, 0.30), (RequestMethod.InPerson, 0.10),
        };

        while (written < requests)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var p = ++people;
            var zoneIndex = random.Pick(SweepScenario.Zones.Select((z, i) => (i, z.Share)).ToArray());
            var zone = zones[zoneIndex];
            var (channel, userId, conversationId) = random.Pick([(0, 0.55), (1, 0.35), (2, 0.10)]) switch
            {
                0 => (ChannelIds.WebChat, $"dl_user{p:D8}", $"conv{p:D8}"),
                1 => (ChannelIds.Teams, $"29:user-{p:D8}", $"a:1conv{p:D8}"),
                _ => (ChannelIds.Sms, $"+1555{p:D7}", $"+1555{p:D7}"),
            };
            var reference = new ConversationReference
            {
                ActivityId = "seed",
                User = new ChannelAccount(userId, role: RoleTypes.User),
                Bot = new ChannelAccount("recordsbot", "RecordsBot", RoleTypes.Bot),
                Conversation = new ConversationAccount(id: conversationId),
                ChannelId = channel,
                Locale = "en-US",
                ServiceUrl = connector.ToString(),
            };
            var referenceJson = JsonConvert.SerializeObject(reference);
            var conversationKey = ConversationKeys.Of(reference);
            var owner = await keys.KeyOfAsync(new PersonRef(channel, userId), cancellationToken);
            var zoneId = PersonTimeZones.IdOf(zone);

            // Preferences: most never answered (no row); some turned check-ins off, some snoozed, some said yes.
            var roll = random.NextDouble();
            var preference = roll switch
            {
                < 0.03 => new ReminderPreference { OwnerKey = owner, OptedIn = false, UpdatedUtc = now.AddDays(-random.Next(1, 60)) },
                < 0.05 => new ReminderPreference { OwnerKey = owner, OptedIn = true, SnoozedUntilUtc = now.AddHours(random.Next(2, 7 * 24)), UpdatedUtc = now.AddDays(-random.Next(0, 7)) },
                < 0.12 => new ReminderPreference { OwnerKey = owner, OptedIn = true, UpdatedUtc = now.AddDays(-random.Next(1, 180)) },
                _ => null,
            };
            if (preference is not null)
            {
                writer.AddPreference(preference);
                preferences++;
                optedOut += preference.OptedIn == false ? 1 : 0;
                snoozed += preference.SnoozedUntilUtc is not null ? 1 : 0;
            }

            var count = Math.Min(requests - written, random.Pick([(1, 0.55), (2, 0.30), (3, 0.15)]));
            for (var r = 0; r < count; r++)
            {
                var id = ++written;
                var created = now.AddSeconds(-random.NextDouble() * SweepScenario.HistoryDays * 86400);
                var createdDay = DateOnly.FromDateTime(LocalTimes.ToLocal(created, zone));
                var status = random.Pick(requestStatuses);
                var method = random.Pick(methods);
                var providerIndex = random.Next(SweepScenario.Providers.Length);
                var states = SweepScenario.Zones[zoneIndex].States;
                var state = states[random.Next(states.Length)];
                var row = new TrackedRequestRow
                {
                    Id = id,
                    OwnerKey = owner,
                    ProviderId = random.NextDouble() < 0.6 ? random.Next(1, 5) : null,
                    ProviderName = SweepScenario.Providers[providerIndex],
                    ProviderState = state,
                    Method = method,
                    Status = status,
                    CreatedUtc = created,
                    UpdatedUtc = created,
                };
                if (status != RequestStatus.Drafted)
                {
                    row.SentOn = createdDay.AddDays(-random.Next(0, 3));
                    if (random.NextDouble() < 0.5)
                    {
                        row.ReceivedOn = row.SentOn.Value.AddDays(method == RequestMethod.Mail ? 4 : method == RequestMethod.InPerson ? 0 : 1);
                    }

                    var start = row.ReceivedOn ?? row.SentOn.Value;
                    if (!readings.TryGetValue((state, start, providerIndex), out var reading))
                    {
                        var details = new TrackedRequestDetails(null, row.ProviderName, state, method, status, row.SentOn, row.ReceivedOn, null, null);
                        reading = dueDates.Find(details, createdDay);
                        readings[(state, start, providerIndex)] = reading;
                    }

                    row.DueOn = reading.Due;
                    if (status == RequestStatus.Extended && reading.ExtendedDue > reading.Due)
                    {
                        row.ExtendedTo = reading.ExtendedDue;
                    }
                }

                writer.AddRequest(row);
                var request = new TrackedRequest(id, new TrackedRequestDetails(row.ProviderId, row.ProviderName, row.ProviderState, row.Method, row.Status, row.SentOn, row.ReceivedOn, row.DueOn, row.ExtendedTo), created, created);
                if (status == RequestStatus.Drafted || request.CurrentDueOn is not { } due)
                {
                    continue;
                }

                // Closed requests were open when tracked; their check-ins stopped when they closed.
                var closedAt = request.IsOpen ? DateTime.MaxValue : created + ((now - created) * random.NextDouble());
                var planned = Plan(zoneIndex, zone, due).Where(c => c.DueUtc > created && c.DueUtc <= closedAt).ToList();
                var sent = planned.Where(c => c.DueUtc <= sentBefore).ToList();
                var waiting = planned.Where(c => c.DueUtc > sentBefore).ToList();
                if (preference?.SnoozedUntilUtc is { } until)
                {
                    waiting = Snooze.Apply(waiting, until);
                }

                foreach (var c in sent)
                {
                    writer.AddCheckIn(CheckIn(owner, id, due, c, CheckInStatus.Sent, referenceJson, conversationKey, zoneId, created));
                    checkIns++;
                }

                foreach (var c in waiting)
                {
                    var checkInStatus = preference?.OptedIn == false ? CheckInStatus.Paused : CheckInStatus.Pending;
                    writer.AddCheckIn(CheckIn(owner, id, due, c, checkInStatus, referenceJson, conversationKey, zoneId, created));
                    checkIns++;
                    if (checkInStatus == CheckInStatus.Paused)
                    {
                        paused++;
                    }
                    else if (c.DueUtc <= now)
                    {
                        dueNow++;
                    }
                    else
                    {
                        later++;
                    }
                }
            }
        }

        return new SeedCounts(people, written, checkIns, dueNow, later, paused, preferences, optedOut, snoozed);
    }

    /// <summary>The app's plan for an open request due on <paramref name="due"/>, from the start of time (the caller keeps
    /// those after the request was tracked, which is the plan the app made then).</summary>
    private IReadOnlyList<PlannedCheckIn> Plan(int zoneIndex, TimeZoneInfo zone, DateOnly due)
    {
        if (!plans.TryGetValue((zoneIndex, due), out var plan))
        {
            var open = new TrackedRequest(0, new TrackedRequestDetails(null, "-", null, null, RequestStatus.Sent, due.AddDays(-30), null, due, null), DateTime.UnixEpoch, DateTime.UnixEpoch);
            plan = planner.Plan(open, zone, DateTime.UnixEpoch);
            plans[(zoneIndex, due)] = plan;
        }

        return plan;
    }

    private CheckIn CheckIn(string owner, long requestId, DateOnly due, PlannedCheckIn planned, CheckInStatus status, string reference, string conversationKey, string zone, DateTime created)
    {
        var sent = status == CheckInStatus.Sent;
        return new CheckIn
        {
            OwnerKey = owner,
            RequestId = requestId,
            RequestDueOn = due,
            Kind = planned.Kind,
            DueUtc = planned.DueUtc,
            Status = status,
            Attempts = sent ? 1 : 0,
            NextAttemptUtc = sent ? planned.DueUtc.AddMinutes(5) : planned.DueUtc,
            ConversationReference = reference,
            ConversationKey = conversationKey,
            TimeZone = zone,
            SentVia = sent ? ChatCheckInSender.Via : null,
            SentUtc = sent ? planned.DueUtc.AddSeconds(random.Next(1, 60)) : null,
            CreatedUtc = created,
        };
    }
}
