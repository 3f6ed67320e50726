# sys.implementation has a name, a cache tag and a version in version_info's shape.
import sys

impl = sys.implementation
print(type(impl).__name__)
print(isinstance(impl.name, str), impl.name == impl.name.lower())
print(impl.cache_tag.endswith('-311'), impl.cache_tag.startswith(impl.name))
print(len(impl.version), isinstance(impl.hexversion, int))
print(all(hasattr(impl, a) for a in ('name', 'cache_tag', 'version', 'hexversion')))
