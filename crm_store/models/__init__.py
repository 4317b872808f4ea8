"""SQLAlchemy 2 models of the customer information table and the pipeline's records."""

from .base import (
    ActionStatus,
    Base,
    Channel,
    CompanyStatus,
    ContactKind,
    DeliveryStatus,
    Direction,
    Incoterm,
    InquiryStatus,
    LeadStatus,
    PaymentTerms,
    Role,
    Tier,
    utcnow,
)
from .customers import (
    Company,
    Contact,
    ContactPoint,
    CreditAssessment,
    Interaction,
    RequestedProduct,
)
from .orders import Order, OrderLine, Payment
from .people import AuditLog, User
from .pipeline import Inquiry, Lead, MergeHistory, NextAction, ReorderForecast

__all__ = [
    "ActionStatus",
    "AuditLog",
    "Base",
    "Channel",
    "Company",
    "CompanyStatus",
    "Contact",
    "ContactKind",
    "ContactPoint",
    "CreditAssessment",
    "DeliveryStatus",
    "Direction",
    "Incoterm",
    "Inquiry",
    "InquiryStatus",
    "Interaction",
    "Lead",
    "LeadStatus",
    "MergeHistory",
    "NextAction",
    "Order",
    "OrderLine",
    "Payment",
    "PaymentTerms",
    "ReorderForecast",
    "RequestedProduct",
    "Role",
    "Tier",
    "User",
    "utcnow",
]
