namespace MigoekPortal.Web.Domain.Events;

public enum EventType { InfoEvent = 1, Networking, Training, ConsultationDay, Other }

public enum EventAudience { Founders = 1, Advisors, Everyone }

public enum EventStatus { Scheduled = 1, Cancelled, Moved }

public enum RegistrationMode { None = 1, Link, Email }
