#pragma once
// Everything of the library, for those who do not mind the compile time.

#include <sinhhoat/audit.hpp>
#include <sinhhoat/catalogue.hpp>
#include <sinhhoat/check.hpp>
#include <sinhhoat/codes.hpp>
#include <sinhhoat/content.hpp>
#include <sinhhoat/date.hpp>
#include <sinhhoat/describe.hpp>
#include <sinhhoat/enum.hpp>
#include <sinhhoat/error.hpp>
#include <sinhhoat/finding.hpp>
#include <sinhhoat/group.hpp>
#include <sinhhoat/history.hpp>
#include <sinhhoat/meeting.hpp>
#include <sinhhoat/online.hpp>
#include <sinhhoat/organisation.hpp>
#include <sinhhoat/pilot.hpp>
#include <sinhhoat/rule_set.hpp>
#include <sinhhoat/version.hpp>
