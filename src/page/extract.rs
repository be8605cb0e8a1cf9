//! Main-content extraction over any [`Tree`].

use super::{Article, Tree};

pub fn extract<T: Tree>(tree: &T) -> Article<T::Node> {
    let _ = tree;
    Article { title: None, byline: None, blocks: Vec::new() } // TODO(helper)
}
