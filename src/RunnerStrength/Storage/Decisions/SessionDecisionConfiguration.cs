using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RunnerStrength.Storage.Athletes;

namespace RunnerStrength.Storage.Decisions;

internal sealed class SessionDecisionConfiguration : IEntityTypeConfiguration<SessionDecisionRow>
{
    public void Configure(EntityTypeBuilder<SessionDecisionRow> builder)
    {
        builder.ToTable("session_decisions");
        builder.HasKey(d => new { d.AthleteId, d.Uid });
        builder.Property(d => d.Uid).HasMaxLength(100);
        builder.Property(d => d.DecidedAt).AsUnixSeconds("DecidedUnixSeconds");
        builder.HasOne<AthleteRow>().WithMany().HasForeignKey(d => d.AthleteId).OnDelete(DeleteBehavior.Cascade);
    }
}
