using Microsoft.AspNetCore.Identity;

namespace MigoekPortal.Web.Accounts;

public sealed class InvitationTokenProviderOptions : DataProtectionTokenProviderOptions;
