// Placeholder so a module with every source filtered out still builds.
