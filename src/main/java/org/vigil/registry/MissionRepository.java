package org.vigil.registry;

import org.springframework.data.repository.CrudRepository;

interface MissionRepository extends CrudRepository<Mission, String> {}
