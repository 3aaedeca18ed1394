"""One namespace per API tag, each a declaration of its operations."""

from .._namespace import Namespace
from .businesses import Businesses
from .patients import Patients
from .resources import Resources

# Attribute name on AsyncPracSuite -> namespace class. Adding a tag: declare its class,
# list it here, and annotate the attribute on AsyncPracSuite for type checkers.
NAMESPACES: dict[str, type[Namespace]] = {
    "businesses": Businesses,
    "patients": Patients,
    "resources": Resources,
}

__all__ = ["NAMESPACES", "Businesses", "Patients", "Resources"]
