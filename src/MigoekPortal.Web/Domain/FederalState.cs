namespace MigoekPortal.Web.Domain;

/// <summary>German federal states (Länder), by their official two-letter codes.</summary>
public enum FederalState
{
    BW = 1, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH,
}
