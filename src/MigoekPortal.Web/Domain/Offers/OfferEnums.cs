namespace MigoekPortal.Web.Domain.Offers;

public enum OfferScope { Nationwide = 1, State, District }

public enum OfferStatus { Draft = 1, Published, Archived }

public enum OfferCost { Free = 1, Fee, PartlySubsidised }

public enum OrganizationType
{
    Chamber = 1, EmploymentAgency, DevelopmentBank, EconomicDevelopment, MigrationAdvice,
    MigrantOrganisation, Network, University, Municipality, Other, Bank,
}

[Flags]
public enum OfferCategory
{
    None = 0, Advice = 1, Grant = 2, Loan = 4, Microcredit = 8, GuaranteeEquity = 16, Training = 32,
    MentoringNetworking = 64, Recognition = 128, LanguageSupport = 256,
}

[Flags]
public enum OfferTopic
{
    None = 0, IdeaBusinessPlan = 1, Financing = 2, LegalFormRegistration = 4, TaxBookkeeping = 8, ResidenceLaw = 16,
    Recognition = 32, MarketingDigital = 64, StaffApprenticeships = 128, Succession = 256, Crisis = 512,
}

[Flags]
public enum OfferPhase { None = 0, Orientation = 1, Planning = 2, Founding = 4, Growth = 8, Succession = 16 }

[Flags]
public enum TargetGroup
{
    None = 0, AllFounders = 1, MigrationHistory = 2, Refugees = 4, Women = 8, YoungPeople = 16, Graduates = 32, Crafts = 64,
}

[Flags]
public enum DeliveryMode { None = 0, OnSite = 1, Online = 2, Phone = 4, Outreach = 8 }
