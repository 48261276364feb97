namespace MigoekPortal.Web.Domain.Stories;

/// <summary>A founder's success story, or a film that explains something (the training corner's info film).</summary>
public enum StoryKind { Story = 1, InfoFilm }

public enum StorySector { Crafts = 1, Food, Retail, Services, Care, Digital, Agriculture, Transport, Other }
