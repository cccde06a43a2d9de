"""A small multinomial logistic regression and a Viterbi decoder, in pure Python.

Sentences are lists of binary feature names; the model keeps one weight per
feature and label. Training is deterministic: the same examples in the same
order give the same weights.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass
class SoftmaxModel:
    """Weights per feature (one per label), label transitions and their strength."""

    labels: list[str]
    weights: dict[str, list[float]]
    transitions: list[list[float]] = field(default_factory=list)  # log P(next | prev), row START last
    transition_weight: float = 0.0

    def scores(self, features: Sequence[str]) -> list[float]:
        """Unnormalised log-scores per label for one example."""
        rows = [row for row in map(self.weights.get, features) if row is not None]
        if not rows:
            return [0.0] * len(self.labels)
        return [sum(column) for column in zip(*rows, strict=True)]

    def probabilities(self, features: Sequence[str]) -> list[float]:
        """P(label | features) for one example, in ``labels`` order."""
        return softmax(self.scores(features))

    def decode(self, sequence: Sequence[Sequence[str]]) -> list[str]:
        """The best label sequence for a sequence of examples (Viterbi).

        Without transitions (or weight 0) each example takes its most probable
        label. An empty sequence gives ``[]``.
        """
        if not sequence:
            return []
        logp = [log_softmax(self.scores(f)) for f in sequence]
        n = len(self.labels)
        if not self.transitions or not self.transition_weight:
            return [self.labels[max(range(n), key=row.__getitem__)] for row in logp]
        lam = self.transition_weight
        moves = [[lam * p for p in row] for row in self.transitions]
        best = [moves[n][k] + logp[0][k] for k in range(n)]
        back: list[list[int]] = []
        for row in logp[1:]:
            step, pointers = [], []
            for k in range(n):
                j_best, v_best = 0, best[0] + moves[0][k]
                for j in range(1, n):
                    v = best[j] + moves[j][k]
                    if v > v_best:
                        j_best, v_best = j, v
                step.append(v_best + row[k])
                pointers.append(j_best)
            best = step
            back.append(pointers)
        k = max(range(n), key=best.__getitem__)
        path = [k]
        for pointers in reversed(back):
            k = pointers[k]
            path.append(k)
        return [self.labels[k] for k in reversed(path)]


def softmax(scores: Sequence[float]) -> list[float]:
    """Probabilities from log-scores (stable for large values)."""
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def log_softmax(scores: Sequence[float]) -> list[float]:
    """log P(label) from log-scores, without computing the probabilities first."""
    top = max(scores)
    total = top + math.log(sum(math.exp(s - top) for s in scores))
    return [s - total for s in scores]


def train_softmax(
    examples: Sequence[tuple[Sequence[str], str]],
    labels: Sequence[str],
    *,
    epochs: int = 30,
    rate: float = 0.3,
    l2: float = 1e-4,
    min_count: int = 1,
    seed: int = 0,
    balance: float = 0.0,
) -> SoftmaxModel:
    """Fit weights by AdaGrad on the log-loss with L2, in a seeded shuffled order.

    Features seen in fewer than ``min_count`` examples are dropped. With
    ``balance`` > 0 each example's gradient is scaled by (mean label count /
    its label's count) ** balance, so rare labels weigh more. Returns a
    model without transitions (see :func:`fit_transitions`).
    """
    counts: dict[str, int] = {}
    for features, _ in examples:
        for name in set(features):
            counts[name] = counts.get(name, 0) + 1
    kept = {name for name, c in counts.items() if c >= min_count}
    index = {label: k for k, label in enumerate(labels)}
    n = len(labels)
    weights: dict[str, list[float]] = {name: [0.0] * n for name in sorted(kept)}
    squares: dict[str, list[float]] = {name: [1e-8] * n for name in weights}
    data = [([f for f in dict.fromkeys(feats) if f in kept], index[label]) for feats, label in examples]
    label_counts = [sum(1 for _, g in data if g == k) for k in range(n)]
    mean = sum(label_counts) / max(1, sum(1 for c in label_counts if c))
    scale = [(mean / c) ** balance if c else 1.0 for c in label_counts]
    order = list(range(len(data)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, gold = data[i]
            probs = softmax([sum(weights[f][k] for f in feats) for k in range(n)])
            for f in feats:
                row, sq = weights[f], squares[f]
                for k in range(n):
                    grad = scale[gold] * (probs[k] - (1.0 if k == gold else 0.0)) + l2 * row[k]
                    sq[k] += grad * grad
                    row[k] -= rate * grad / math.sqrt(sq[k])
    return SoftmaxModel(labels=list(labels), weights=weights)


def fit_transitions(sequences: Sequence[Sequence[str]], labels: Sequence[str]) -> list[list[float]]:
    """log P(next | previous) with add-one smoothing; the last row is the start state."""
    n = len(labels)
    index = {label: k for k, label in enumerate(labels)}
    counts = [[1.0] * n for _ in range(n + 1)]
    for seq in sequences:
        prev = n
        for label in seq:
            k = index[label]
            counts[prev][k] += 1
            prev = k
    return [[math.log(c / sum(row)) for c in row] for row in counts]
