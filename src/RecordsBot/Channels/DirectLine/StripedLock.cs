namespace RecordsBot.Channels.DirectLine;

/// <summary>A fixed set of async locks picked by key hash: serializes work per key without growing per key.</summary>
public sealed class StripedLock(int stripes = 64)
{
    private readonly SemaphoreSlim[] locks = Enumerable.Range(0, stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        var gate = locks[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)locks.Length)];
        await gate.WaitAsync(cancellationToken);
        return new Releaser(gate);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
