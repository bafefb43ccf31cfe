# Sourced by the scripts: where tools installed by setup.sh live.
# Outside the work tree, so fresh clones on one machine share them.
export FACTLINT_TOOLS="${FACTLINT_TOOLS:-$HOME/.cache/factlint-tools}"
export PATH="$FACTLINT_TOOLS/bin:$PATH"
