# The public library, installed: the stage libraries as one CMake package,
# so that another project can
#
#   find_package(lienket REQUIRED)
#   target_link_libraries(app PRIVATE lienket::lienket)   # or lienket::query, ...
#
# The headers are installed by the root CMakeLists (include/lienket/).
# Included at the end of the root CMakeLists, after every stage exists.

include(CMakePackageConfigHelpers)

set(LIENKET_STAGE_LIBRARIES lienket_text lienket_extract lienket_graph lienket_export lienket_query)

foreach(lib IN LISTS LIENKET_STAGE_LIBRARIES)
  # Imported as lienket::text, lienket::query, ...
  string(REPLACE "lienket_" "" short "${lib}")
  set_target_properties(${lib} PROPERTIES EXPORT_NAME ${short})
  add_library(lienket::${short} ALIAS ${lib})
  # A stage still made of headers only is an INTERFACE library whose include
  # directory points into the source tree; an installed copy must point at
  # the installed headers instead.
  get_target_property(type ${lib} TYPE)
  if(type STREQUAL "INTERFACE_LIBRARY")
    set_target_properties(${lib} PROPERTIES INTERFACE_INCLUDE_DIRECTORIES
      "$<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include>;$<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>")
  endif()
endforeach()

# Everything at once: lienket::lienket.
add_library(lienket_library INTERFACE)
target_link_libraries(lienket_library INTERFACE ${LIENKET_STAGE_LIBRARIES})
set_target_properties(lienket_library PROPERTIES EXPORT_NAME lienket)
add_library(lienket::lienket ALIAS lienket_library)

install(TARGETS ${LIENKET_STAGE_LIBRARIES} lienket_library
  EXPORT lienketTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(LIENKET_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/lienket)
install(EXPORT lienketTargets
  NAMESPACE lienket::
  DESTINATION ${LIENKET_CMAKE_DIR})

# The static libraries carry their dependencies as link items (ICU, Boost,
# RE2, ISA-L, zlib, RapidJSON); lienketConfig.cmake finds them again in the
# consumer before it loads the targets.
file(WRITE ${PROJECT_BINARY_DIR}/lienketConfig.cmake.in [=[
@PACKAGE_INIT@

include(CMakeFindDependencyMacro)
find_dependency(ICU COMPONENTS uc i18n)
find_dependency(Boost @Boost_VERSION_MAJOR@.@Boost_VERSION_MINOR@)
find_dependency(ZLIB)
find_dependency(Threads)
find_dependency(RapidJSON)
if(NOT TARGET RapidJSON::RapidJSON)
  add_library(RapidJSON::RapidJSON INTERFACE IMPORTED)
  set_target_properties(RapidJSON::RapidJSON PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${RapidJSON_INCLUDE_DIRS}${RAPIDJSON_INCLUDE_DIRS}")
endif()
find_dependency(PkgConfig)
if(NOT TARGET PkgConfig::RE2)
  pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
endif()
if(NOT TARGET PkgConfig::ISAL)
  pkg_check_modules(ISAL REQUIRED IMPORTED_TARGET libisal)
endif()

include("${CMAKE_CURRENT_LIST_DIR}/lienketTargets.cmake")

# Where the installed default rule set is, for programs that extract.
set_and_check(LIENKET_RULES_DIR "@PACKAGE_LIENKET_INSTALLED_RULES_DIR@")
check_required_components(lienket)
]=])

set(LIENKET_INSTALLED_RULES_DIR ${CMAKE_INSTALL_DATADIR}/lienket/rules)
configure_package_config_file(
  ${PROJECT_BINARY_DIR}/lienketConfig.cmake.in
  ${PROJECT_BINARY_DIR}/lienketConfig.cmake
  INSTALL_DESTINATION ${LIENKET_CMAKE_DIR}
  PATH_VARS LIENKET_INSTALLED_RULES_DIR)
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/lienketConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMinorVersion)
install(FILES
  ${PROJECT_BINARY_DIR}/lienketConfig.cmake
  ${PROJECT_BINARY_DIR}/lienketConfigVersion.cmake
  DESTINATION ${LIENKET_CMAKE_DIR})
