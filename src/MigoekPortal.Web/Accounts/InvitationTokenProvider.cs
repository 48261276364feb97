using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MigoekPortal.Web.Domain;

namespace MigoekPortal.Web.Accounts;

/// <summary>Tokens for invitation links: their own purpose and lifespan (<c>Invitations:Lifetime</c>), apart from password reset.</summary>
public sealed class InvitationTokenProvider(
    IDataProtectionProvider dataProtectionProvider, IOptions<InvitationTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<PortalUser>> logger)
    : DataProtectorTokenProvider<PortalUser>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "Invitation";

    public const string Purpose = "AcceptInvitation";
}
