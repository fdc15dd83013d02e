#include <cstdio>
int main() { std::puts("lienket: under construction"); return 0; }
