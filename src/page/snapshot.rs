//! A serialized DOM snapshot (TODO(helper)).
