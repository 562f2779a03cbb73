// TaskHooks: the inbound routes that create link-driven approvals: FlexDeploy human
// tasks and pausable pipelines. Each stores the approval through the Engine, issues
// its action token, and answers with absolute links built from the public base URL.
#pragma once

#include "core/linksettings.h"
#include "receiver/httpmessage.h"

class Engine;

class TaskHooks
{
public:
    TaskHooks(Engine &engine, const LinkSettings &settings) : m_engine(engine), m_settings(settings)
    { }

    HttpResponse flexDeployTask(const HttpRequest &request);
    HttpResponse pausePipeline(const HttpRequest &request);

private:
    Engine &m_engine;
    const LinkSettings &m_settings;
};
