using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.DependencyInjection;
using RunnerStrength.Configuration;
using RunnerStrength.Jobs;

namespace RunnerStrength.Tests.Jobs;

/// <summary>Each container gets its own job storage and activator, not Hangfire's process-wide ones.</summary>
[Collection(Web.HostedService.Collection)] // builds Hangfire's configuration, whose log provider is process-wide
public sealed class JobRegistrationTests
{
    private static ServiceProvider Container() =>
        new ServiceCollection().AddLogging().AddJobs(new StorageOptions()).BuildServiceProvider();

    [Fact]
    public void AHostConfiguredAfterAnother_DoesNotTakeOverItsStorageOrActivator()
    {
        using var first = Container();
        using var second = Container();

        // The order two hosts starting at once can take: the second configures Hangfire (which sets
        // JobStorage.Current and JobActivator.Current) before the first resolves its storage and activator.
        first.GetRequiredService<IGlobalConfiguration>();
        second.GetRequiredService<IGlobalConfiguration>();
        var firstStorage = first.GetRequiredService<JobStorage>();
        var firstActivator = first.GetRequiredService<JobActivator>();

        Assert.IsType<InMemoryStorage>(firstStorage);
        Assert.NotSame(second.GetRequiredService<JobStorage>(), firstStorage);
        Assert.NotSame(second.GetRequiredService<JobActivator>(), firstActivator);
        Assert.Same(firstStorage, first.GetRequiredService<JobStorage>());
    }
}
