//! Where items sit in the plan's lists, found by key.

use foldhash::{HashMap, HashMapExt};

use crate::domain::item::{Keyed, Kind};
use crate::domain::plan::Plan;

/// One edit scans the list it needs (cheaper than building a map); a long
/// batch, such as an import of 100 000 rows, keeps a map per list so that it
/// costs what it holds, not its square.
#[derive(Debug)]
pub(super) struct Positions {
    /// None: scan. Some: one map per list, built when first needed.
    maps: Option<HashMap<Kind, HashMap<String, usize>>>,
}

/// Batches longer than this look items up through maps.
pub(super) const INDEXED_BATCH: usize = 16;

impl Positions {
    pub(super) fn scanning() -> Self {
        Positions { maps: None }
    }

    pub(super) fn indexed() -> Self {
        Positions {
            maps: Some(HashMap::new()),
        }
    }

    pub(super) fn is_indexed(&self) -> bool {
        self.maps.is_some()
    }

    pub(super) fn find<T: Keyed>(&mut self, plan: &Plan, key: &str) -> Option<usize> {
        match &mut self.maps {
            None => T::position(plan, key),
            Some(maps) => maps
                .entry(T::KIND)
                .or_insert_with(|| {
                    T::list(plan)
                        .iter()
                        .enumerate()
                        .map(|(i, x)| (x.key(), i))
                        .collect()
                })
                .get(key)
                .copied(),
        }
    }

    /// An item was inserted at `index` of a list now `len` long.
    pub(super) fn inserted(&mut self, kind: Kind, key: String, index: usize, len: usize) {
        let Some(maps) = &mut self.maps else { return };
        if index + 1 == len {
            if let Some(map) = maps.get_mut(&kind) {
                map.insert(key, index);
            }
        } else {
            // The items after it moved: the map is rebuilt when next needed.
            maps.remove(&kind);
        }
    }

    /// An item was removed from `index` of a list now `len` long.
    pub(super) fn removed(&mut self, kind: Kind, key: &str, index: usize, len: usize) {
        let Some(maps) = &mut self.maps else { return };
        if index == len {
            if let Some(map) = maps.get_mut(&kind) {
                map.remove(key);
            }
        } else {
            maps.remove(&kind);
        }
    }
}
