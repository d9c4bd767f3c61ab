//! The learned pair model: a logistic regression over `features::NAMES`.
//! Its weights are data (`assets/link_model.toml`), written by
//! `cargo run --release --example train` from the hand-checked gold.

use serde::{Deserialize, Serialize};

use super::features::{self, Vector};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    /// How the weights were made, for whoever reads the file.
    #[serde(default)]
    pub trained_on: String,
    pub features: Vec<String>,
    pub weights: Vec<f32>,
    /// Least link probability for two mentions to start a fact together.
    pub edge_min: f32,
    /// Least average probability for two groups of mentions to merge.
    pub avg_min: f32,
    /// A conflict is called only on a link at least this likely; a weaker
    /// link with clashing values is shown as possibly different.
    pub conflict_min: f32,
}

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("link model: {0}")]
    Parse(#[from] toml::de::Error),
    #[error("link model: features {found:?} do not match this build's {expected:?}")]
    Features {
        found: Vec<String>,
        expected: Vec<String>,
    },
}

impl Model {
    pub fn embedded() -> Model {
        Model::parse(include_str!("../../../assets/link_model.toml"))
            .expect("the embedded link model matches the feature set (checked by a unit test)")
    }

    pub fn parse(text: &str) -> Result<Model, ModelError> {
        let m: Model = toml::from_str(text)?;
        let expected: Vec<String> = features::NAMES.iter().map(|s| s.to_string()).collect();
        if m.features != expected || m.weights.len() != expected.len() {
            return Err(ModelError::Features {
                found: m.features,
                expected,
            });
        }
        Ok(m)
    }

    /// A model with the given weights and this build's feature names.
    pub fn from_weights(
        weights: Vec<f32>,
        edge_min: f32,
        avg_min: f32,
        conflict_min: f32,
    ) -> Model {
        Model {
            trained_on: String::new(),
            features: features::NAMES.iter().map(|s| s.to_string()).collect(),
            weights,
            edge_min,
            avg_min,
            conflict_min,
        }
    }

    /// The probability that the pair states one fact.
    pub fn probability(&self, x: &Vector) -> f32 {
        let z: f32 = self.weights.iter().zip(x).map(|(w, v)| w * v).sum();
        1.0 / (1.0 + (-z).exp())
    }

    pub fn to_toml(&self) -> String {
        toml::to_string(self).expect("a model serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_model_loads() {
        let m = Model::embedded();
        assert_eq!(m.weights.len(), features::N);
        assert!(m.edge_min > 0.0 && m.edge_min < 1.0);
    }

    #[test]
    fn a_model_for_other_features_is_refused() {
        let mut m = Model::embedded();
        m.features.pop();
        m.weights.pop();
        let err = Model::parse(&m.to_toml()).unwrap_err();
        assert!(err.to_string().contains("do not match"), "{err}");
    }

    #[test]
    fn probability_rises_with_positive_evidence() {
        let m = Model::from_weights(
            features::NAMES
                .iter()
                .map(|n| if *n == "cosine" { 4.0 } else { 0.0 })
                .collect(),
            0.5,
            0.4,
            0.7,
        );
        let mut x = [0.0; features::N];
        let low = m.probability(&x);
        x[1] = 1.0;
        assert!(m.probability(&x) > low);
    }
}
