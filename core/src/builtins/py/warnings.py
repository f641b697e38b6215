"""warnings: issuing warnings and deciding, through a list of filters,
whether to show them, hide them or raise them. Gilt's own implementation
matching CPython 3.11's observable behaviour: same default filters (as for a
script), same registries, same output format on sys.stderr."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# -- showing warnings ----------------------------------------------------

_source_cache = {}


def _source_line(filename, lineno):
    """Line lineno of the file, or '' when it cannot be read."""
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding='utf-8') as handle:
                lines = handle.read().splitlines(True)
        except Exception:
            return ''
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


class WarningMessage(object):
    """One issued warning, as catch_warnings(record=True) collects it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        values = (message, category, filename, lineno, file, line, source)
        for name, value in zip(self._WARNING_DETAILS, values):
            setattr(self, name, value)
        self._category_name = None if not category else category.__name__

    def __str__(self):
        shown = (self.message, self._category_name, self.filename,
                 self.lineno, self.line)
        return ("{message : %r, category : %r, filename : %r, "
                "lineno : %s, line : %r}" % shown)


def _formatwarnmsg_impl(msg):
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno,
                                msg.category.__name__, msg.message)
    source = msg.line
    if source is None:
        source = _source_line(msg.filename, msg.lineno)
    if source:
        text += "  %s\n" % source.strip()
    return text


def _showwarnmsg_impl(msg):
    out = msg.file
    if out is None:
        out = sys.stderr
        if out is None:
            return
    text = _formatwarnmsg(msg)
    try:
        out.write(text)
    except OSError:
        return  # a closed or broken stream: drop the warning


def formatwarning(message, category, filename, lineno, line=None):
    """Format a warning the standard way."""
    record = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(record)


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default)."""
    record = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(record)


_formatwarning_orig = formatwarning
_showwarning_orig = showwarning


def _formatwarnmsg(msg):
    # honour a formatwarning() replaced by the user
    hook = formatwarning
    if hook is not _formatwarning_orig:
        return hook(msg.message, msg.category, msg.filename, msg.lineno,
                    msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    # honour a showwarning() replaced by the user
    hook = showwarning
    if hook is not _showwarning_orig:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno,
             msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# -- filters -------------------------------------------------------------

defaultaction = "default"
onceregistry = {}
_filters_version = 0


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(*item, append):
    """Put item at the front of the filters (the back with append, where an
    existing equal entry stays where it is)."""
    present = item in filters
    if not append:
        if present:
            filters.remove(item)
        filters.insert(0, item)
    elif not present:
        filters.append(item)
    _filters_mutated()


def _check_common(action, lineno):
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert an entry into the list of warnings filters (at the front,
    unless append is true). message and module are regular expressions
    matched at the start of the message (ignoring case) and of the module
    name."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), \
        "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    _check_common(action, lineno)
    if message or module:
        import re
    text_pattern = re.compile(message, re.I) if message else None
    module_pattern = re.compile(module) if module else None
    _add_filter(action, text_pattern, category, module_pattern, lineno,
                append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter that matches every message and module."""
    _check_common(action, lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Clear the list of warnings filters."""
    filters[:] = []
    _filters_mutated()


filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]


def _matches(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return bool(pattern.match(text))


def _seen_before(registry, key, remember):
    """Look key up in a registry, first clearing the registry if the
    filters changed since it was last used."""
    if registry.get('version') != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    elif registry.get(key):
        return True
    if remember:
        registry[key] = True
    return False


def _choose_action(text, category, module, lineno):
    for position, item in enumerate(filters):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("warnings.filters item %d isn't a 5-tuple"
                             % position)
        action, text_pattern, wanted, module_pattern, line = item
        if (_matches(text_pattern, text) and issubclass(category, wanted)
                and _matches(module_pattern, module)
                and (line == 0 or line == lineno)):
            return action, item
    return defaultaction, None


# -- issuing warnings ----------------------------------------------------

def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issue a warning with an explicitly given location."""
    if not isinstance(lineno, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(lineno).__name__)
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module.lower().endswith(".py"):
            module = module[:-3]
    if isinstance(message, Warning):
        text, category = str(message), message.__class__
    else:
        text, message = message, category(message)
    key = (text, category, lineno)
    if registry is not None and _seen_before(registry, key, False):
        return
    action, item = _choose_action(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            where = onceregistry if registry is None else registry
            if _seen_before(where, (text, category), True):
                return
        elif action == "module":
            if registry is not None and \
                    _seen_before(registry, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in "
                               "warnings.filters:\n %r" % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno,
                                None, None, source))


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or maybe ignore it or raise an exception, as the
    filters say. stacklevel picks the frame the warning is blamed on:
    1 is the caller of warn()."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    try:
        frame = sys._getframe(max(stacklevel, 1))
    except ValueError:
        frame = None
    if frame is None:
        scope = vars(sys)
        filename = "sys"
        lineno = 1
    else:
        scope = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = scope.get('__name__', "<string>")
    registry = scope.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  scope, source)


class catch_warnings(object):
    """Context manager that saves the warnings filters and showwarning()
    on entry and restores them on exit. With record=True, warnings are
    collected as WarningMessage objects in the list that `with` gives.
    action (and category, lineno, append) add a simplefilter() inside."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._filter = None if action is None else (action, category, lineno, append)
        self._entered = False
        self._module = sys.modules['warnings'] if module is None else module
        self._record = record

    def __repr__(self):
        shown = ["record=True"] if self._record else []
        if self._module is not sys.modules['warnings']:
            shown.append("module=%r" % (self._module,))
        return type(self).__name__ + "(" + ", ".join(shown) + ")"

    def __enter__(self):
        if not self._entered:
            self._entered = True
        else:
            raise RuntimeError("Cannot enter %r twice" % self)
        mod = self._module
        self._saved = (mod.filters, mod.showwarning, mod._showwarnmsg_impl)
        mod.filters = mod.filters[:]
        mod._filters_mutated()
        if self._filter is not None:
            simplefilter(*self._filter)
        if not self._record:
            return None
        log = []
        mod._showwarnmsg_impl = log.append
        mod.showwarning = mod._showwarning_orig
        return log

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters, mod.showwarning, mod._showwarnmsg_impl = self._saved
        mod._filters_mutated()
