// The learner behind the block classifier: multinomial logistic regression (softmax, L2) trained by AdaGrad over
// weighted examples, plus complement naive Bayes for comparison. Plain functions, no dependencies, deterministic
// for a given seed. Features are the hashed sparse vectors of classifier-features.ts.
// This file holds the model type and its shipped (quantised) form; scoring and training live in
// classifier-scoring.ts and classifier-training.ts and are re-exported here.
export {
  argmax,
  FeatureIndex,
  PackedModel,
  predictor,
  predictProba,
  scores,
  softmaxInPlace,
  type Predictor,
} from "./classifier-scoring";
export {
  rng,
  shuffled,
  train,
  type ComplementNbOptions,
  type LearnerOptions,
  type SoftmaxOptions,
  type TrainingExample,
} from "./classifier-training";

/** A linear model over hashed features: score_c = bias_c + Σ value_f · weights[row_f · C + c]. */
export type LinearModel = {
  classes: string[];
  /** Feature hashes, sorted ascending; row i of `weights` belongs to featureIds[i]. */
  featureIds: Uint32Array;
  weights: Float32Array;
  bias: Float32Array;
};

/**
 * The shipped form of a model: each feature's weights centred on their mean (softmax ignores a shift common to
 * all classes) and rounded to `step`, so the file is small and CV measures exactly what is shipped.
 */
export function quantize(model: LinearModel, step = 1e-3): LinearModel {
  const c = model.classes.length;
  const round = (v: number) => Math.round(v / step) * step;
  const weights = new Float32Array(model.weights.length);
  for (let r = 0; r < model.featureIds.length; r++) {
    let m = 0;
    for (let k = 0; k < c; k++) m += model.weights[r * c + k] / c;
    for (let k = 0; k < c; k++) weights[r * c + k] = round(model.weights[r * c + k] - m);
  }
  let mb = 0;
  for (let k = 0; k < c; k++) mb += model.bias[k] / c;
  const bias = Float32Array.from(model.bias, (v) => round(v - mb));
  return { ...model, weights, bias };
}
