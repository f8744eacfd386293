"""A local ANTARA-like site (editions /id, /en, bureaus /jatim, /bali; three template generations) with its
ground truth. See sandbox/README.md, section "The ANTARA sandbox"."""

from sandbox.antara.site import AntaraSite

__all__ = ["AntaraSite"]
