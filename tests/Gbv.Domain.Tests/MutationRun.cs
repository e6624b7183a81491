#if MUTATION_RUN
// Under Stryker (scripts/mutation.sh) the tests run one at a time: Stryker records which tests reach each mutant and
// runs only those, and tests running side by side in one process make that record miss some of them.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
#endif
